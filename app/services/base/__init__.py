"""What every service stands on: who acts on which store, the guards every change passes, the
facts the rules judge, drafts kept while typing, a step's outcome.
"""
