"""Reference data of the loi AEF (offices, art. 11 measures, art. 15 forfaits), without Qt."""
