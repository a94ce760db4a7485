# --8<-- [start:code]
import torch

w = torch.tensor(10.0, requires_grad=True)
lr = 0.01
loss = 2 * w**2  # already a scalar: no .sum() needed
print("loss:", loss)
loss.backward()  # d(2 w^2)/dw = 4w = 40
print("w.grad:", w.grad)

try:
    # outside no_grad autograd refuses to change a leaf in place
    w -= lr * w.grad
except RuntimeError as err:
    print("without no_grad:", err)

with torch.no_grad():  # the update is not part of the model: don't record it
    w -= lr * w.grad  # 10 - 0.01 * 40 = 9.6
w.grad = None  # clear the gradient before the next backward
print("w after one step:", w)
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(w, torch.tensor(9.6))
assert w.is_leaf and w.requires_grad and w.grad is None
w2 = torch.tensor(1.0, requires_grad=True)
try:
    w2 -= 0.1
    raise AssertionError("should fail")
except RuntimeError as err:
    assert (
        "leaf Variable that requires grad is being used in an in-place operation"
        in str(err)
    )
# `w = w - ...` makes a new tensor: a non-leaf outside no_grad, a tensor without grad inside it
v = torch.tensor(1.0, requires_grad=True)
(v * v).backward()
v_new = v - 0.1 * v.grad
assert not v_new.is_leaf
with torch.no_grad():
    v_new = v - 0.1 * v.grad
assert not v_new.requires_grad
# `.data` bypasses autograd's checks: the backward silently uses the changed value
u = torch.tensor(2.0, requires_grad=True)
out = u * u  # true gradient at u = 2 is 4
u.data.mul_(10)
out.backward()
assert torch.equal(u.grad, torch.tensor(40.0))  # wrong, and no error
u = torch.tensor(2.0, requires_grad=True)
out = u * u
with torch.no_grad():
    u.mul_(10)
try:
    out.backward()
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "modified by an inplace operation" in str(err)
# --8<-- [end:check]
