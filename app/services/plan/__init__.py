"""The intervention plan (step 4 and after): versions, signatures, the ONE's validation, reviews
and requests (art. 4, 6), signed scans, fingerprints.
"""
