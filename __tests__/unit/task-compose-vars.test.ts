import { composeVarRefs } from '../../src/task/compose-vars.js';
import { loadTaskSet } from '../../src/task/load.js';
import { APEX_INT, cleanup, copyTask, writeText } from './task-helpers.js';

afterEach(cleanup);

describe('compose variable references', () => {
  test('finds ${VAR}, $VAR and defaults, skips $$ and comments', () => {
    const refs = composeVarRefs('a: ${A}\n# ${B}\nb: $C-$$D\nc: ${E:-x} ${F?err} ${G-y}\n');
    expect(refs).toEqual([
      { name: 'A', line: 1, hasDefault: false },
      { name: 'C', line: 3, hasDefault: false },
      { name: 'E', line: 4, hasDefault: true },
      { name: 'F', line: 4, hasDefault: false },
      { name: 'G', line: 4, hasDefault: true }
    ]);
  });

  test("validate names each variable an APEX compose file would leave unset, with its line; APEX's own are set by OpsBench", async () => {
    const dir = await copyTask(APEX_INT);
      await writeText(
        dir,
        'docker-compose.yaml',
        [
          'services:',
          '  client:',
          '    build: .',
          '    image: ${APEX_TASK_DOCKER_CLIENT_IMAGE_NAME}',
          '    volumes: ["${APEX_TASK_LOGS_PATH}:${APEX_CONTAINER_LOGS_PATH}"]',
          '    environment: ["X=${MY_SETTING}"]',
          '  plane-api:',
          '    image: ${ECR_REGISTRY}/apex-code:${PLANE_IMAGE_TAG}',
          ''
        ].join('\n')
      );
      const { problems } = await loadTaskSet([dir], { env: { PLANE_IMAGE_TAG: 'plane-api' } });
      expect(problems).toEqual([
        expect.stringMatching(/docker-compose\.yaml: line 6: \$\{MY_SETTING\} is not set and neither OpsBench nor APEX-SWE sets it/),
        expect.stringMatching(/docker-compose\.yaml: line 8: \$\{ECR_REGISTRY\} is not set: export ECR_REGISTRY .*public\.ecr\.aws\/k4t1e3r5/)
      ]);
  });
});
