# --8<-- [start:reproduce]
import keras

inputs = keras.Input(shape=(3,))
if keras.ops.mean(inputs) > 0.5:  # a KerasTensor, not True or False
    inputs = -inputs
# --8<-- [end:reproduce]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
is_high = keras.ops.mean(inputs, axis=-1, keepdims=True) > 0.5  # one boolean per sample
flipped = keras.ops.where(is_high, -inputs, inputs)  # chosen per sample when data flows
model = keras.Model(inputs, keras.layers.Dense(1)(flipped))
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(is_high.dtype, is_high.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
