# --8<-- [start:code]
import torch

logits = torch.tensor([2.0, 1.0, 0.5, -1.0])
for t in (0.01, 0.5, 1.0, 5.0, 100.0):
    print(f"T = {t:6}:", (logits / t).softmax(dim=-1).numpy().round(3))
# --8<-- [end:code]

# --8<-- [start:check]
cold = (logits / 0.01).softmax(-1)
hot = (logits / 100.0).softmax(-1)
assert cold.argmax() == logits.argmax() and cold.max() > 0.999  # greedy
assert (hot - 0.25).abs().max() < 0.01  # uniform
# --8<-- [end:check]
