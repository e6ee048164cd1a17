describe('the Action entries', () => {
  // @github/local-action imports the entry and calls its exported run(); it refuses a module without one.
  test.each(['main', 'post'])('src/action/%s.ts exports run() and does nothing on import', async (name) => {
    const mod = (await import(`../../src/action/${name}.js`)) as { run?: unknown };
    expect(typeof mod.run).toBe('function');
    expect(process.exitCode ?? 0).toBe(0);
  });
});
