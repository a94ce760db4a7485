# --8<-- [start:code]
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    a = w * 2  # not recorded
    with torch.enable_grad():
        b = w * 2  # recorded again, even inside no_grad
print(
    "under no_grad:",
    a.requires_grad,
    "| enable_grad inside it:",
    b.requires_grad,
)


def step(x, train):
    with torch.set_grad_enabled(train):  # one switch driven by a flag
        return (w * x).sum()


x = torch.ones(2)
print(
    "set_grad_enabled(True):",
    step(x, True).requires_grad,
    "| (False):",
    step(x, False).requires_grad,
)


@torch.no_grad()  # also works as a decorator
def evaluate(x):
    return (w * x).sum()


print("@torch.no_grad() function:", evaluate(x).requires_grad)
print("grad mode is back on:", torch.is_grad_enabled())
# --8<-- [end:code]

# --8<-- [start:check]
assert not a.requires_grad and a.grad_fn is None
assert b.requires_grad and b.grad_fn is not None
assert step(x, True).requires_grad and not step(x, False).requires_grad
assert not evaluate(x).requires_grad
assert torch.is_grad_enabled()
# --8<-- [end:check]
