# --8<-- [start:code]
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x.exp().sum()  # exp() saves its result for the backward pass
y.backward()  # ...which is freed here
try:
    y.backward()
except RuntimeError as err:
    print("second backward:", str(err).split(". ")[0])

x.grad = None
y = x.exp().sum()
y.backward(retain_graph=True)  # keep the saved tensors
y.backward()  # now a second pass works (and accumulates)
print("x.grad after two passes:", x.grad)
print("2 * exp(x):             ", 2 * x.detach().exp())
# --8<-- [end:code]

# --8<-- [start:check]
try:
    y.backward()
    raise AssertionError("a third backward should fail")
except RuntimeError as err:
    assert str(err).startswith(
        "Trying to backward through the graph a second time"
    )
assert torch.allclose(x.grad, 2 * x.detach().exp())
# an operation that saves nothing for backward can be backpropagated twice without retain_graph
q = (x + 1).sum()
q.backward()
q.backward()
# --8<-- [end:check]
