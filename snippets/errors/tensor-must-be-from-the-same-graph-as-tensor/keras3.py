# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print(model.predict(x[:2], verbose=0).shape)
# --8<-- [end:fix]
