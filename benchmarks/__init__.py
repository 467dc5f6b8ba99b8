"""Benchmarks (`make bench`): figures for docs/benchmarks.md, never timed assertions in tests."""
