# ops.cond on a KerasTensor on the PyTorch backend: run with KERAS_BACKEND=torch.

# --8<-- [start:functional_cond]
import keras
import numpy as np

x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(3)(inputs)
hidden = keras.ops.cond(keras.ops.sum(hidden) > 0, lambda: hidden * 2, lambda: hidden)  # on a KerasTensor
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(x, y, epochs=1, batch_size=16, verbose=0)
# --8<-- [end:functional_cond]
