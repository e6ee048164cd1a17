import { oneShotServices, readiness, type ContainerState } from '../../src/runtime/docker/stack-ready.js';

// compose 2.26's --wait rules (convergence.go isServiceHealthy with fallbackRunning, isServiceCompleted),
// as stack-ready.ts decides them from `docker inspect`.

function container(service: string, state: { Status: string; ExitCode?: number; Health?: string }, healthcheck?: string[]): ContainerState {
  return {
    Name: `/p-${service}-1`,
    Config: { Labels: { 'com.docker.compose.service': service }, ...(healthcheck ? { Healthcheck: { Test: healthcheck } } : {}) },
    State: { Status: state.Status, ExitCode: state.ExitCode ?? 0, ...(state.Health ? { Health: { Status: state.Health } } : {}) }
  };
}

const HC = ['CMD', 'true'];

describe('readiness (what compose up --wait waits for)', () => {
  it('is done when every service without a healthcheck runs', () => {
    expect(readiness([container('a', { Status: 'running' }), container('b', { Status: 'running' })], new Set())).toEqual({ state: 'done' });
  });

  it('waits for a container that is created or restarting, and for a healthcheck still starting', () => {
    expect(readiness([container('a', { Status: 'created' })], new Set())).toEqual({ state: 'waiting' });
    expect(readiness([container('a', { Status: 'restarting' })], new Set())).toEqual({ state: 'waiting' });
    expect(readiness([container('a', { Status: 'running', Health: 'starting' }, HC)], new Set())).toEqual({ state: 'waiting' });
    // A running container with a healthcheck is not ready until it says healthy.
    expect(readiness([container('a', { Status: 'running' }, HC), container('b', { Status: 'running' })], new Set())).toEqual({ state: 'waiting' });
  });

  it('is done when the healthchecks say healthy', () => {
    expect(readiness([container('a', { Status: 'running', Health: 'healthy' }, HC), container('b', { Status: 'running' })], new Set())).toEqual({ state: 'done' });
  });

  it("fails, in compose's words, for an unhealthy or exited container, exit 0 included", () => {
    expect(readiness([container('a', { Status: 'running', Health: 'unhealthy' }, HC)], new Set())).toEqual({ state: 'failed', failure: 'container p-a-1 is unhealthy' });
    expect(readiness([container('a', { Status: 'exited', ExitCode: 3 })], new Set())).toEqual({ state: 'failed', failure: 'container p-a-1 exited (3)' });
    expect(readiness([container('a', { Status: 'exited', ExitCode: 0 })], new Set())).toEqual({ state: 'failed', failure: 'container p-a-1 exited (0)' });
  });

  it('waits for a one-shot service to exit, and wants exit 0', () => {
    const oneShot = new Set(['init']);
    expect(readiness([container('init', { Status: 'running' })], oneShot)).toEqual({ state: 'waiting' });
    expect(readiness([container('init', { Status: 'exited', ExitCode: 0 }), container('app', { Status: 'running' })], oneShot)).toEqual({ state: 'done' });
    expect(readiness([container('init', { Status: 'exited', ExitCode: 2 })], oneShot)).toEqual({ state: 'failed', failure: 'service "init" didn\'t complete successfully: exit 2' });
  });

  it('takes a healthcheck disabled with NONE as none', () => {
    expect(readiness([container('a', { Status: 'running' }, ['NONE'])], new Set())).toEqual({ state: 'done' });
  });
});

describe('oneShotServices', () => {
  it('names the services some service depends on with service_completed_successfully', () => {
    const model = {
      services: {
        app: { depends_on: { init: { condition: 'service_completed_successfully' }, db: { condition: 'service_healthy' } } },
        worker: { depends_on: { migrate: { condition: 'service_completed_successfully', required: true } } },
        init: {},
        db: {},
        migrate: {}
      }
    };
    expect([...oneShotServices(model)].sort()).toEqual(['init', 'migrate']);
  });
});
