#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "model type `...` but Transformers does not recognize this architecture".

Writes a config.json whose model_type is `minicpmv4_7`, a real model type that
transformers 5.18.0 registers and 5.17.0 does not (checked against
CONFIG_MAPPING_NAMES of both wheels), then loads it with AutoModelForCausalLM
under transformers 5.17.0. Nothing is downloaded.

No --fixed mode: the fix is to install a transformers release that knows the
model type (here 5.18.0), which cannot be done inside this environment.

--config-only: read the config with AutoConfig only. On transformers 5.17.0 it
fails with the same error; on 5.18.0 it succeeds, which shows the version
boundary (loading weights would then need the model's real files).
"""
import json
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import AutoConfig, AutoModelForCausalLM  # noqa: E402

tmp = tempfile.mkdtemp(prefix="tracebook-unrecognized-")
with open(os.path.join(tmp, "config.json"), "w") as f:
    json.dump({"model_type": "minicpmv4_7", "architectures": ["MiniCPMV4_7ForConditionalGeneration"]}, f)

if "--config-only" in sys.argv[1:]:
    config = AutoConfig.from_pretrained(tmp)
    print(f"fixed: this transformers recognises model_type {config.model_type!r} ({type(config).__name__})")
else:
    AutoModelForCausalLM.from_pretrained(tmp)
