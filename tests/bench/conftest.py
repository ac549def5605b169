"""Keep the benchmarks out of the normal test run: `python -m tests.bench.run` runs them."""

collect_ignore_glob = ["*"]
