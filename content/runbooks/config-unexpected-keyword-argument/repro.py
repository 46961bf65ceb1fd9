#!/usr/bin/env python3
# tracebook-env: torch==2.13.0 transformers==5.17.0 accelerate==1.15.0
"""Reproduce "LlamaForCausalLM.__init__() got an unexpected keyword argument 'load_in_8bit'".

from_pretrained keeps the keyword arguments it knows, lets the config take the ones that name
config attributes, and passes the rest to the model class's __init__. transformers 5 no longer
knows the 4.x shortcuts load_in_8bit / load_in_4bit / use_flash_attention_2 / use_auth_token, so
they reach LlamaForCausalLM.__init__, which takes only the config. A tiny model is saved locally;
nothing is downloaded.

  python repro.py                   from_pretrained(path, load_in_8bit=True)
  python repro.py --flash-attn-flag from_pretrained(path, use_flash_attention_2=True)
  python repro.py --use-auth-token  from_pretrained(path, use_auth_token="hf_...")
  python repro.py --fixed           the transformers 5 spelling of the same intent
                                    (attn_implementation="sdpa", no load_in_* flag; quantisation
                                    would be quantization_config=BitsAndBytesConfig(...), which
                                    needs bitsandbytes and a GPU)
"""
import os
import sys
import tempfile

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from transformers import AutoModelForCausalLM, LlamaConfig, LlamaForCausalLM


def main() -> None:
    path = tempfile.mkdtemp(prefix="tracebook-init-kwarg-")
    config = LlamaConfig(hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2,
                         num_key_value_heads=2, vocab_size=64)
    LlamaForCausalLM(config).save_pretrained(path)

    if "--fixed" in sys.argv:
        model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa")
        print(f"fixed: loaded {type(model).__name__} with attn_implementation="
              f"{model.config._attn_implementation!r} and no 4.x keyword arguments")
    elif "--use-auth-token" in sys.argv:
        AutoModelForCausalLM.from_pretrained(path, use_auth_token="hf_not_a_real_token")
    elif "--flash-attn-flag" in sys.argv:
        AutoModelForCausalLM.from_pretrained(path, use_flash_attention_2=True)
    else:
        AutoModelForCausalLM.from_pretrained(path, load_in_8bit=True)


if __name__ == "__main__":
    main()
