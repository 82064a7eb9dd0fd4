# --8<-- [start:reproduce]
import keras
import numpy as np

x = np.zeros((2, 3), "float32")  # two samples of data
outputs = keras.layers.Dense(1)(keras.Input(shape=(3,)))
model = keras.Model(x, outputs)  # the data passed where the Input goes
# --8<-- [end:reproduce]

# --8<-- [start:mixed]
import keras
import tf_keras  # Keras 2, installed next to Keras 3

inputs = tf_keras.Input(shape=(3,))
outputs = tf_keras.layers.Dense(1)(inputs)
model = keras.Model(inputs, outputs)  # Keras 3's Model, Keras 2's tensors
# --8<-- [end:mixed]

# --8<-- [start:fix]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))  # keras.Input and keras.layers for keras.Model
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
print(type(inputs))
model.compile(optimizer="adam", loss="mse")
history = model.fit(x, y, epochs=5, batch_size=16, verbose=0)  # the data goes to fit
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:fix]
