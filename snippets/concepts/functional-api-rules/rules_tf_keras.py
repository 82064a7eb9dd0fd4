# --8<-- [start:allowed]
import numpy as np
import tensorflow as tf  # with TF_USE_LEGACY_KERAS=1 set first, tf.keras is tf-keras

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

inputs = tf.keras.Input(shape=(3,))
hidden = tf.keras.layers.Dense(8, activation="relu")(inputs)  # Keras layers
norm = tf.sqrt(tf.reduce_sum(tf.square(hidden), axis=-1, keepdims=True))  # TensorFlow ops: no error
scaled = hidden / (norm + 1e-6) * 2.0 - 0.5  # Python operators
first = scaled[:, :4]  # slicing
outputs = tf.keras.layers.Dense(1)(tf.keras.layers.Concatenate()([first, inputs]))

model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print(type(scaled).__name__, scaled.shape, "| finite:", bool(np.isfinite(history.history["loss"]).all()))
print([type(layer).__name__ for layer in model.layers])  # each op and operator became a layer
print([layer.symbol for layer in model.layers if hasattr(layer, "symbol")])
print("tf.keras has ops:", hasattr(tf.keras, "ops"))
# --8<-- [end:allowed]

# --8<-- [start:not_allowed]
inputs = tf.keras.Input(shape=(3,))
fixed = tf.keras.Input(shape=(3,), batch_size=2)  # a known batch size
attempts = {
    "tf.reduce_sum(inputs)": lambda: tf.reduce_sum(inputs),
    "np.asarray(inputs)": lambda: np.asarray(inputs),
    "if inputs: ...": lambda: bool(inputs),
    "inputs.numpy()": lambda: inputs.numpy(),
    "float(inputs[0, 0])": lambda: float(inputs[0, 0]),
    "for row in inputs: ...": lambda: list(inputs),
    "for row in fixed: ...": lambda: list(fixed),  # fixed = Input(shape=(3,), batch_size=2)
}
for code, attempt in attempts.items():
    try:
        result = attempt()
    except Exception as e:
        print(f"{code:24} {type(e).__name__}: {str(e).splitlines()[0][:72]}")
    else:
        if isinstance(result, list):  # iteration gave the rows
            print(f"{code:24} no error: {len(result)} rows, each a {type(result[0]).__name__}")
            continue
        layer = type(result.node.layer).__name__  # the layer tf-keras made for the op
        print(f"{code:24} no error: a {type(result).__name__} made by a {layer} layer")
# --8<-- [end:not_allowed]


# --8<-- [start:numpy_in_call]
class NumpyTanh(tf.keras.layers.Layer):
    def call(self, t):
        return tf.convert_to_tensor(np.tanh(np.asarray(t)))  # NumPy needs values


class NumpyMethod(tf.keras.layers.Layer):
    def call(self, t):
        return t * t.numpy().max()  # .numpy() needs values too


class Tanh(tf.keras.layers.Layer):
    def call(self, t):
        return tf.tanh(t)  # a TensorFlow op: fine in call


inputs = tf.keras.Input(shape=(3,))
for name, layer in [("np.asarray(t)", NumpyTanh()), ("t.numpy()", NumpyMethod())]:
    try:
        layer(inputs)
    except Exception as e:
        line = next(
            line for line in str(e).splitlines() if "Cannot convert" in line or "no attribute" in line
        )
        start = line.index("Cannot convert") if "Cannot convert" in line else line.index("'")
        print(f"{name} in call:", type(e).__name__ + ":", line[start:].split(". ")[0])
print("tf.tanh(t) in call:", type(Tanh()(inputs)).__name__, Tanh()(inputs).shape)
# --8<-- [end:numpy_in_call]


# --8<-- [start:wrap]
received = {}  # phase -> the types `call` was given
phase = "building"


class RowNorms(tf.keras.layers.Layer):
    """Any TensorFlow code, wrapped: `call` receives graph tensors, never KerasTensors."""

    def call(self, t):
        received.setdefault(phase, set()).add(type(t).__name__)
        return tf.expand_dims(tf.norm(t, axis=-1), -1)


inputs = tf.keras.Input(shape=(3,))
features = tf.keras.layers.Concatenate()([inputs, RowNorms()(inputs)])
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(features))

phase = "fit"
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
print([type(layer).__name__ for layer in model.layers])
print("call received:", received, "| finite:", bool(np.isfinite(history.history["loss"]).all()))
# --8<-- [end:wrap]
