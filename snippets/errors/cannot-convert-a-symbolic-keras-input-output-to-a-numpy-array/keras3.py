# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
inputs = keras.Input(shape=(3,))
scaled = keras.ops.log1p(inputs)  # keras.ops accepts KerasTensors (Keras 3 needs it: tf.* does not)
outputs = keras.layers.Dense(1)(scaled)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mse")

x = np.random.default_rng(0).uniform(0, 10, size=(32, 3)).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)
losses = model.fit(x, y, epochs=5, verbose=0).history["loss"]
print(f"finite: {np.isfinite(losses).all()} | decreased: {losses[-1] < losses[0]}")
# --8<-- [end:fix]
