# Lambda layers, Keras 3. Each block is a complete script.

# --8<-- [start:ops]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
logs = keras.layers.Lambda(lambda t: keras.ops.log1p(t))(inputs)  # keras.ops: any backend
model = keras.Model(inputs, keras.layers.Dense(1)(logs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:ops]

# --8<-- [start:tf_op]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = np.log1p(x).sum(axis=1, keepdims=True)

inputs = keras.Input(shape=(3,))
logs = keras.layers.Lambda(lambda t: tf.math.log1p(t))(inputs)  # a TensorFlow op: TensorFlow backend only
model = keras.Model(inputs, keras.layers.Dense(1)(logs))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:tf_op]

# --8<-- [start:closure]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = keras.Input(shape=(3,), name="x")
w_in = keras.Input(shape=(3,), name="w")
h = keras.layers.Dense(3)(x_in)
weighted = keras.layers.Lambda(lambda t: t * w_in)(h)  # w_in is not an input of the Lambda
model = keras.Model([x_in, w_in], keras.layers.Dense(1)(weighted))  # builds without a word
print("called on arrays, the model returns:", type(model([x, w])).__name__)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit([x, w], y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:closure]

# --8<-- [start:list]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = keras.Input(shape=(3,), name="x")
w_in = keras.Input(shape=(3,), name="w")
h = keras.layers.Dense(3)(x_in)
weighted = keras.layers.Lambda(lambda ts: ts[0] * ts[1])([h, w_in])  # both tensors are inputs
model = keras.Model([x_in, w_in], keras.layers.Dense(1)(weighted))
print("called on arrays, the model returns:", type(model([x, w])).__name__)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit([x, w], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:list]

# --8<-- [start:layer]
import keras
import numpy as np


class Weighted(keras.layers.Layer):
    def call(self, inputs):
        features, weights = inputs
        return features * weights


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
w = np.random.rand(64, 3).astype("float32")
y = (x * w).sum(axis=1, keepdims=True)

x_in = keras.Input(shape=(3,), name="x")
w_in = keras.Input(shape=(3,), name="w")
h = keras.layers.Dense(3)(x_in)
model = keras.Model([x_in, w_in], keras.layers.Dense(1)(Weighted()([h, w_in])))
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss="mean_squared_error")
losses = model.fit([x, w], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:layer]
