# --8<-- [start:code]
import torch

logits = torch.tensor([2.0, 1.0, 0.1])
p = torch.softmax(logits, dim=0)
print("softmax(z):      ", p, f" sum = {p.sum():.4f}")

# Adding the same constant to every logit changes nothing ...
print("softmax(z + 100):", torch.softmax(logits + 100, dim=0))
# ... but multiplying them does: larger scale -> sharper, smaller -> flatter.
for scale in [0.5, 2.0, 10.0]:
    print(f"softmax({scale:>4} * z):", torch.softmax(scale * logits, dim=0))
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.isclose(p.sum(), torch.tensor(1.0))
assert torch.allclose(torch.softmax(logits + 100, dim=0), p, atol=1e-6)
assert torch.allclose(p, logits.exp() / logits.exp().sum())
p_half, p_2, p_10 = (torch.softmax(s * logits, dim=0) for s in (0.5, 2.0, 10.0))
# the top class gains as the scale grows
assert p_half[0] < p[0] < p_2[0] < p_10[0]
assert p_10[0] > 0.99
assert abs(p[0].item() - 0.659) < 1e-3 and abs(p_2[0].item() - 0.864) < 1e-3
assert not torch.allclose(p_2, p, atol=0.05)  # scaling is NOT harmless
# --8<-- [end:check]
