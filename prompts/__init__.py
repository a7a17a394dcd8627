"""The prompt templates; the build installs this folder as ``summarise.prompt_templates``."""
