# --8<-- [start:code]
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
x = torch.randn(4, 3)

with torch.inference_mode():
    pred = model(x)
with torch.no_grad():
    pred_ng = model(x)
print(
    "inference_mode result: is_inference =",
    pred.is_inference(),
    " requires_grad =",
    pred.requires_grad,
)
print(
    "no_grad result:        is_inference =",
    pred_ng.is_inference(),
    " requires_grad =",
    pred_ng.requires_grad,
)

scale = torch.tensor(2.0, requires_grad=True)
# fine: a no_grad result is an ordinary constant
(pred_ng * scale).sum().backward()
print("scale.grad via the no_grad result:", scale.grad)

scale.grad = None
(pred + scale).sum().backward()  # + saves neither input for backward
print("pred + scale, scale.grad:", scale.grad)
try:
    (pred * scale).sum().backward()  # * must save pred: d/dscale = pred
except RuntimeError as err:
    print("pred * scale:", str(err).split(". ")[0])

scale.grad = None
# a clone made outside inference_mode is a normal tensor
(pred.clone() * scale).sum().backward()
print("via pred.clone():", scale.grad)
# --8<-- [end:code]

# --8<-- [start:check]
assert pred.is_inference() and not pred.requires_grad
assert not pred_ng.is_inference() and not pred_ng.requires_grad
assert torch.allclose(pred, pred_ng)
try:  # inference tensors keep no version counter
    pred._version  # noqa: B018
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "version counter" in str(err)
assert torch.allclose(scale.grad, pred_ng.sum())
scale.grad = None
(pred + scale).sum().backward()
assert scale.grad.item() == 4.0  # addition works with an inference tensor
try:
    (pred * scale).sum().backward()
    raise AssertionError("should fail")
except RuntimeError as err:
    assert str(err).startswith("Inference tensors cannot be saved for backward")
try:
    pred.requires_grad_()
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "inference tensor outside InferenceMode" in str(err)
# --8<-- [end:check]
