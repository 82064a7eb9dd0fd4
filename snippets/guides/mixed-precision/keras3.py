# Mixed precision, Keras 3 on TensorFlow. Each block is a complete script, and sets the global
# dtype policy back to "float32" at its end: the policy is process-wide.

# --8<-- [start:dtypes]
import keras
import numpy as np

keras.mixed_precision.set_global_policy("mixed_float16")  # every layer built from now on
seen = {}


def squared_error(y_true, y_pred):
    seen["y_true"], seen["y_pred"] = y_true.dtype.name, y_pred.dtype.name  # recorded when fit traces it
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
outputs = keras.layers.Dense(1)(keras.layers.Dense(8, activation="relu")(inputs))
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("model output:", model.outputs[0].dtype, "| optimizer:", type(model.optimizer).__name__)
print("the loss receives:", seen)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:dtypes]

# --8<-- [start:large_errors]
import keras
import numpy as np

keras.mixed_precision.set_global_policy("mixed_float16")


def squared_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = 100 * x.sum(axis=1, keepdims=True)  # errors of a few hundred: squares above float16's 65504
inputs = keras.Input(shape=(3,))
model = keras.Model(inputs, keras.layers.Dense(1)(keras.layers.Dense(8, activation="relu")(inputs)))
model.compile(optimizer="adam", loss=squared_error)
print("loss finite:", bool(np.isfinite(model.evaluate(x, y, verbose=0))))
keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:large_errors]

# --8<-- [start:float32_output]
import keras
import numpy as np

keras.mixed_precision.set_global_policy("mixed_float16")


def squared_error(y_true, y_pred):
    return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(8, activation="relu")(inputs)  # float16 computations
outputs = keras.layers.Dense(1, dtype="float32")(hidden)  # the output layer in float32
model = keras.Model(inputs, outputs)
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=squared_error)
losses = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("hidden:", hidden.dtype, "| model output:", outputs.dtype)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
keras.mixed_precision.set_global_policy("float32")
# --8<-- [end:float32_output]
