"""The ONE's duties and network: the semester list (art. 6), statistics and the family's
consultation (art. 7), providers and stakeholders.
"""
