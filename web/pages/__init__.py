"""The HTML pages, a module per thing they serve, each its own blueprint. They read
stored results (through ``web.views``) and render them; they never run an engine."""
