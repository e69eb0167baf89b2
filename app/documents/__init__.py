"""Printed documents of the core (the intervention plan for signature), rendered to PDF bytes
with ReportLab: no UI, no file written, every font embedded."""
