"""The family constellation drawn: genogram, ecomap, the dialogs that edit it, printing."""
