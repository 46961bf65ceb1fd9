#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Load a checkpoint that was saved from ZeRO-3 placeholders (every tensor torch.Size([0])).

Under DeepSpeed ZeRO-3 each parameter's .data is replaced by torch.empty(0, dtype=...) once it
is partitioned (deepspeed/runtime/zero/partition_parameters.py, free_param). Calling
save_pretrained() on such a model without handing it a gathered state_dict writes those empty
tensors to disk. DeepSpeed needs GPUs, so this script builds the same on-disk result on a CPU by
emptying the parameters the way free_param does, then loads the checkpoint like a user would.

python repro.py          -> fails while loading the checkpoint (traceback propagates)
python repro.py --fixed  -> saves with an explicit full state_dict (what accelerator.get_state_dict
                            or zero_to_fp32.py give you) and loads it back
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch
from transformers import Qwen2Config, Qwen2ForCausalLM
from transformers.utils import logging as hf_logging

hf_logging.disable_progress_bar()  # keep the output free of tqdm carriage returns


def main(fixed: bool) -> None:
    config = Qwen2Config(
        vocab_size=64, hidden_size=32, intermediate_size=64,
        num_hidden_layers=1, num_attention_heads=4, num_key_value_heads=2,
    )
    torch.manual_seed(0)
    model = Qwen2ForCausalLM(config)
    # What a gathered save would contain (accelerator.get_state_dict(model) under ZeRO-3).
    full_state_dict = {k: v.clone() for k, v in model.state_dict().items()}

    # Turn every parameter into a ZeRO-3 placeholder, as DeepSpeed's free_param() does.
    with torch.no_grad():
        for param in model.parameters():
            param.data = torch.empty(0, dtype=param.dtype, device=param.device)

    out = tempfile.mkdtemp(prefix="zero3-save-")
    if fixed:
        model.save_pretrained(out, state_dict=full_state_dict)
    else:
        model.save_pretrained(out)  # the mistake: saves the empty placeholders

    loaded = Qwen2ForCausalLM.from_pretrained(out)
    same = all(torch.equal(loaded.state_dict()[k], v) for k, v in full_state_dict.items())
    assert same, "weights differ after the round trip"
    print(f"fixed: checkpoint saved with the full state_dict loads back with identical weights ({out})")


if __name__ == "__main__":
    main(fixed="--fixed" in sys.argv[1:])
