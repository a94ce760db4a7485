# --8<-- [start:code]
import torch

t = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
try:
    t.numpy()
except RuntimeError as err:
    print("t.numpy():", err)

d = t.detach()  # same data, cut off from the graph
n = d.numpy()  # the NumPy array shares that memory too
print(
    "d.requires_grad:",
    d.requires_grad,
    "| d shares t's memory:",
    d.data_ptr() == t.data_ptr(),
)
n[0] = 100.0  # write through NumPy...
print("t after n[0] = 100:", t)  # ...and t changed as well

copy = t.detach().clone().numpy()  # an independent copy
copy[1] = -1.0
print("t after changing the copy:", t)

x = torch.tensor(3.0, requires_grad=True)
y = x * x.detach()  # the second factor counts as a constant
y.backward()
print("d(x * x.detach())/dx =", x.grad, "(d(x * x)/dx would be 6)")
# --8<-- [end:code]

# --8<-- [start:check]
assert not d.requires_grad and d.data_ptr() == t.data_ptr()
assert t[0].item() == 100.0 and t[1].item() == 2.0
assert torch.equal(x.grad, torch.tensor(3.0))
try:
    torch.tensor([1.0], requires_grad=True).numpy()
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "Use tensor.detach().numpy() instead" in str(err)
# numpy(force=True) detaches for you (and moves to the CPU); on the CPU it still shares memory
nf = t.numpy(force=True)
nf[2] = 7.0
assert t[2].item() == 7.0
# changing a detached tensor in place breaks a backward that needs the original values
a = torch.tensor([1.0, 2.0], requires_grad=True)
loss = (a * a).sum()  # mul saves a
a.detach().add_(1.0)
try:
    loss.backward()
    raise AssertionError("should fail")
except RuntimeError as err:
    assert "modified by an inplace operation" in str(err)
# --8<-- [end:check]
