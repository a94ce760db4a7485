# --8<-- [start:code]
import torch

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2], [0.2, 0.2, 0.6]])
labels = torch.tensor([1, 2, 2])

picked = torch.gather(scores, 1, labels.unsqueeze(1)).squeeze(1)
same = scores[torch.arange(len(labels)), labels]
print(picked, same, torch.equal(picked, same))
# --8<-- [end:code]

# --8<-- [start:check]
assert picked.tolist() == [0.7, 0.2, 0.6] or torch.allclose(
    picked, torch.tensor([0.7, 0.2, 0.6])
)
assert torch.equal(picked, same)
# --8<-- [end:check]
