# --8<-- [start:reproduce]
import keras
from keras import backend as K

inputs = keras.Input(shape=(8, 3))
print(K.int_shape(inputs))
# --8<-- [end:reproduce]
# --8<-- [start:names]
import keras

print([name for name in dir(keras.backend) if not name.startswith("_")])
for name in ["placeholder", "function", "tile", "tf", "get_graph"]:
    try:
        getattr(keras.backend, name)
    except AttributeError as error:
        print(f"AttributeError: {error}")
# --8<-- [end:names]
# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 8, 3).astype("float32")
y = x.sum(axis=(1, 2))[:, None]

inputs = keras.Input(shape=(8, 3))  # was: K.placeholder(shape=(None, 8, 3))
print(inputs.shape)  # was: K.int_shape(inputs)
hidden = keras.layers.Dense(4)(inputs)
outputs = keras.layers.Dense(1)(keras.layers.GlobalAveragePooling1D()(hidden))
model = keras.Model(inputs, outputs)
get_hidden = keras.Model(inputs, hidden)  # was: K.function([inputs], [hidden])
model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit(x, y, epochs=5, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
print(get_hidden.predict(x[:2], verbose=0).shape)
print(keras.ops.tile(keras.ops.ones((1, 3)), (2, 1)).shape)  # was: K.tile(...)
# --8<-- [end:fix]
