# Sequential.input versus .inputs, Keras 3. keras only: each block runs on TensorFlow, JAX and PyTorch.
# Each block is a complete script.

# --8<-- [start:raises]
import keras

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4), keras.layers.Dense(1)])
print("inputs:", [t.shape for t in model.inputs])  # the inputs of the model's inner functional graph
print("outputs:", [t.shape for t in model.outputs])
print(model.input)  # the model's own call history: it was never called on a KerasTensor
# --8<-- [end:raises]

# --8<-- [start:inputs]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(4), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

features = keras.Model(model.inputs, model.layers[0].output)  # .inputs, not .input
print("features:", features.predict(x, verbose=0).shape)
# --8<-- [end:inputs]
