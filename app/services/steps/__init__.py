"""The 8 steps of the CPI process: each step's records and its finish, and the moves between
steps.
"""
