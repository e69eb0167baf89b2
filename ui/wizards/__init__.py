"""The 8 steps of the CPI process as wizards that save what is typed as a draft."""
