import { describeFixtureGrading } from './grade-support.js';

// cargo test, graded from libtest's plain output; ids are `<target>::<test path>`.
describeFixtureGrading('rust', {
  failToPass: ['tests/retry.rs::rejects_negative'],
  passToPass: ['tests/retry.rs::plain', 'tests/retry.rs::padded', 'tests/retry.rs::rejects_garbage']
});
