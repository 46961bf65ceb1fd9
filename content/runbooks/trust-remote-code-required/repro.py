#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "contains custom code which must be executed ... pass trust_remote_code=True".

Builds a tiny model folder whose config.json has an `auto_map` pointing at its own
configuration/modeling files (as repositories with custom code do), then loads it
with AutoModelForCausalLM without `trust_remote_code`. Nothing is downloaded.

The run is non-interactive, as in a batch job: stdin is empty, so transformers'
"Do you wish to run the custom code? [y/N]" prompt cannot wait for an answer.
In an interactive terminal the same call prompts for 15 seconds first.

--explicit-false: pass trust_remote_code=False, as many wrappers do by default;
transformers then raises without prompting.
--fixed: pass trust_remote_code=True (after reading the two .py files).
"""
import importlib.util
import io
import json
import os
import sys
import tempfile

tmp = tempfile.mkdtemp(prefix="tracebook-remote-code-")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ["HF_HOME"] = os.path.join(tmp, "hf_home")  # dynamic modules are copied here, not into ~/.cache

CONFIG_PY = '''
from transformers import PretrainedConfig

class TinyConfig(PretrainedConfig):
    model_type = "tracebook_tiny"

    def __init__(self, hidden_size=8, vocab_size=16, **kwargs):
        self.hidden_size = hidden_size
        self.vocab_size = vocab_size
        super().__init__(**kwargs)
'''

MODELING_PY = '''
import torch
from transformers import PreTrainedModel
from .configuration_tiny import TinyConfig

class TinyForCausalLM(PreTrainedModel):
    config_class = TinyConfig

    def __init__(self, config):
        super().__init__(config)
        self.embed = torch.nn.Embedding(config.vocab_size, config.hidden_size)
        self.lm_head = torch.nn.Linear(config.hidden_size, config.vocab_size, bias=False)
        self.post_init()

    def forward(self, input_ids, **kwargs):
        return self.lm_head(self.embed(input_ids))
'''

model_dir = os.path.join(tmp, "tiny-remote-code")
os.makedirs(model_dir)
with open(os.path.join(model_dir, "configuration_tiny.py"), "w") as f:
    f.write(CONFIG_PY)
with open(os.path.join(model_dir, "modeling_tiny.py"), "w") as f:
    f.write(MODELING_PY)

# Build and save tiny weights with the folder's own code, imported as a package.
with open(os.path.join(model_dir, "__init__.py"), "w") as f:
    f.write("")
spec = importlib.util.spec_from_file_location(
    "tiny_pkg", os.path.join(model_dir, "__init__.py"), submodule_search_locations=[model_dir]
)
pkg = importlib.util.module_from_spec(spec)
sys.modules["tiny_pkg"] = pkg
spec.loader.exec_module(pkg)
import tiny_pkg.modeling_tiny as modeling  # noqa: E402
from transformers.utils import logging as hf_logging  # noqa: E402

hf_logging.disable_progress_bar()

model = modeling.TinyForCausalLM(modeling.TinyConfig())
model.save_pretrained(model_dir)
os.remove(os.path.join(model_dir, "__init__.py"))

with open(os.path.join(model_dir, "config.json")) as f:
    config = json.load(f)
config["auto_map"] = {
    "AutoConfig": "configuration_tiny.TinyConfig",
    "AutoModelForCausalLM": "modeling_tiny.TinyForCausalLM",
}
with open(os.path.join(model_dir, "config.json"), "w") as f:
    json.dump(config, f, indent=2)

from transformers import AutoModelForCausalLM  # noqa: E402

if "--fixed" in sys.argv:
    loaded = AutoModelForCausalLM.from_pretrained(model_dir, trust_remote_code=True)
    print(f"fixed: loaded {type(loaded).__name__} from {model_dir} with trust_remote_code=True")
elif "--explicit-false" in sys.argv:
    AutoModelForCausalLM.from_pretrained(model_dir, trust_remote_code=False)
else:
    sys.stdin = io.StringIO("")  # non-interactive, like a batch job
    AutoModelForCausalLM.from_pretrained(model_dir)
