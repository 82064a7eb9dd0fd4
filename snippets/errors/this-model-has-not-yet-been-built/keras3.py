# --8<-- [start:reproduce]
import keras

model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])  # no keras.Input
keras.utils.plot_model(model)
# --8<-- [end:reproduce]

# --8<-- [start:summary]
import keras

model = keras.Sequential([keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
print(model.built)
lines = []
model.summary(print_fn=lambda line, **kwargs: lines.append(line))  # Keras 3: no error
print("unbuilt" in "".join(lines))
# --8<-- [end:summary]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)]
)
print("built:", model.built, "| parameters:", model.count_params())
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
