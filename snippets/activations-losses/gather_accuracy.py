# --8<-- [start:code]
import torch

# predicted probabilities
y_hat = torch.tensor([[0.1, 0.3, 0.6], [0.3, 0.2, 0.5]])
y = torch.tensor([0, 2])  # true classes

# gather picks, in each row, the probability given to the true class.
p_true = y_hat.gather(1, y.view(-1, 1))
print("y.view(-1, 1):\n", y.view(-1, 1))
print("probability of the true class:\n", p_true)
print("cross-entropy per sample:", -torch.log(p_true).squeeze(1))

pred = y_hat.argmax(dim=1)
correct = pred == y
print("argmax:", pred, " correct:", correct)
print("accuracy:", correct.float().mean().item())
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.allclose(p_true.squeeze(1), torch.tensor([0.1, 0.5]))
# the same with indexing
assert torch.allclose(p_true.squeeze(1), y_hat[torch.arange(2), y])
assert torch.allclose(
    -torch.log(p_true).squeeze(1), torch.tensor([2.302585, 0.693147]), atol=1e-5
)
assert pred.tolist() == [2, 2]
assert correct.dtype == torch.bool and correct.tolist() == [False, True]
assert correct.float().mean().item() == 0.5
# --8<-- [end:check]
