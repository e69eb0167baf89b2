"""The proofs of issue 7: randomized multi-device sync with faults, crash points, leak scans,
hostile input and load. CI runs a bounded share; ``python3 bootstrap.py proof`` the long one."""
