# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
a, b, c = inputs  # one tensor per feature
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
a, b, c = keras.ops.unstack(inputs, num=3, axis=-1)  # a list of three KerasTensors
print([t.shape for t in (a, b, c)], "| first column:", inputs[:, 0].shape)

crossed = keras.ops.stack([a * b, b * c, a * c], axis=-1)
outputs = keras.layers.Dense(1)(keras.layers.Concatenate()([inputs, crossed]))
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
