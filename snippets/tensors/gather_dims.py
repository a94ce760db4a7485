# --8<-- [start:code]
import torch

x = torch.arange(12).reshape(3, 4)
index = torch.tensor([[0, 2, 1, 0]])

# dim=0: out[i][j] = x[index[i][j]][j]   (choose a ROW for every column)
print(torch.gather(x, 0, index))

# dim=1: out[i][j] = x[i][index[i][j]]   (choose a COLUMN for every row)
labels = torch.tensor([3, 0, 2])
print(torch.gather(x, 1, labels.unsqueeze(1)).squeeze(1))  # x[i, labels[i]]
print(x[torch.arange(3), labels])  # the same with paired index lists
# --8<-- [end:code]

# --8<-- [start:check]
assert torch.gather(x, 0, index).tolist() == [[0, 9, 6, 3]]
assert torch.gather(x, 1, labels.unsqueeze(1)).squeeze(1).tolist() == [3, 4, 10]
# --8<-- [end:check]
