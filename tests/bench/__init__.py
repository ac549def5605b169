"""The benchmark suite (`python -m tests.bench.run`); not part of the test run."""
