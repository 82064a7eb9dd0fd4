# --8<-- [start:fix]
import keras
import numpy as np


def to_unit_range(x):
    # keras.ops, which accept KerasTensors; one op that chooses per batch
    return keras.ops.where(keras.ops.max(x) > 1.0, x / 255.0, x)


keras.utils.set_random_seed(0)
inputs = keras.Input(shape=(3,))
outputs = keras.layers.Dense(1)(to_unit_range(inputs))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

x = np.random.default_rng(0).uniform(0, 255, size=(32, 3)).astype("float32")
y = (x / 255.0).sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]
