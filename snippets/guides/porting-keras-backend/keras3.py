# --8<-- [start:reproduce]
import keras
import numpy as np
import keras.backend as K  # Keras 2 code: K.* math


def rmse(y_true, y_pred):
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())


rmse(np.ones((4, 1), "float32"), np.zeros((4, 1), "float32"))
# --8<-- [end:reproduce]

# --8<-- [start:what_is_left]
import keras
import keras.backend as K

print([name for name in dir(K) if not name.startswith("_")])
print("K.epsilon():", K.epsilon(), "| keras.config.epsilon():", keras.config.epsilon())
# --8<-- [end:what_is_left]

# --8<-- [start:every_name]
import keras.backend as K

removed = ["mean", "square", "sum", "sqrt", "shape", "int_shape", "gradients", "function",
           "get_session", "placeholder", "random_normal", "variable", "eval", "get_value",
           "set_value", "learning_phase"]  # fmt: skip
for name in removed:
    try:
        getattr(K, name)
    except AttributeError as e:
        print(f"K.{name}: {type(e).__name__}: {e}")
# --8<-- [end:every_name]

# --8<-- [start:ops]
import keras
import numpy as np
from keras import ops

x = np.array([[1.0, -2.0], [3.0, 4.0]], "float32")
checks = {
    "K.mean(x, axis=-1) -> ops.mean": (ops.mean(x, axis=-1), x.mean(axis=-1)),
    "K.sum(K.square(x)) -> ops.sum(ops.square)": (ops.sum(ops.square(x)), (x**2).sum()),
    "K.sqrt(K.abs(x)) -> ops.sqrt(ops.abs)": (ops.sqrt(ops.abs(x)), np.sqrt(np.abs(x))),
    "K.clip(x, 0, 1) -> ops.clip": (ops.clip(x, 0.0, 1.0), np.clip(x, 0, 1)),
    "K.cast(x > 0, 'float32') -> ops.cast": (ops.cast(x > 0, "float32"), (x > 0).astype("float32")),
    "K.switch(c, a, b) -> ops.where": (ops.where(x > 0, x, 0.0), np.where(x > 0, x, 0.0)),
}
for name, (ported, expected) in checks.items():
    print(f"{name}: {np.allclose(ops.convert_to_numpy(ported), expected)}")
# --8<-- [end:ops]

# --8<-- [start:shapes]
import keras
import numpy as np
from keras import ops

inputs = keras.Input(shape=(3,))  # K.placeholder(shape=(None, 3)) -> keras.Input(shape=(3,))
print("K.int_shape(inputs) -> inputs.shape:", inputs.shape)
print("K.shape(inputs) -> ops.shape(inputs):", ops.shape(inputs))
x = np.zeros((4, 3), "float32")
print("on a batch, ops.shape(x):", ops.shape(x), "| K.ndim(x) -> ops.ndim(x):", ops.ndim(x))
# --8<-- [end:shapes]

# --8<-- [start:random]
import keras
from keras import ops

# K.random_normal(shape, stddev=0.1, seed=1) -> keras.random.normal
noise = keras.random.normal((2, 3), stddev=0.1, seed=1)
print("shape:", ops.shape(noise), "| same seed, same draw:",
      bool(ops.all(noise == keras.random.normal((2, 3), stddev=0.1, seed=1))))  # fmt: skip


class GaussianNoiseLike(keras.layers.Layer):  # inside a layer: a SeedGenerator, new noise each call
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.seed_generator = keras.random.SeedGenerator(1)

    def call(self, x):
        return x + keras.random.normal(ops.shape(x), stddev=0.1, seed=self.seed_generator)


layer = GaussianNoiseLike()
x = ops.zeros((2, 3))
print("two calls differ:", not bool(ops.all(layer(x) == layer(x))))
# --8<-- [end:random]

# --8<-- [start:variables]
import keras
import numpy as np
from keras import ops

v = keras.Variable(np.zeros((2,), "float32"))  # K.variable(...) -> keras.Variable(...)
v.assign([1.0, 2.0])  # K.set_value(v, [1.0, 2.0]) -> v.assign(...)
print("K.get_value(v) / K.eval(v) -> ops.convert_to_numpy(v):", ops.convert_to_numpy(v))

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
# K.set_value(model.optimizer.learning_rate, 0.001) -> assign to the optimizer's variable
model.optimizer.learning_rate.assign(0.001)
print("learning rate:", round(float(ops.convert_to_numpy(model.optimizer.learning_rate)), 6))
# --8<-- [end:variables]

# --8<-- [start:sub_model]
import keras
import numpy as np

inputs = keras.Input(shape=(3,))
hidden = keras.layers.Dense(4, activation="relu", name="hidden")(inputs)
model = keras.Model(inputs, keras.layers.Dense(1)(hidden))

# Keras 2: get_hidden = K.function([model.input], [model.get_layer("hidden").output])
get_hidden = keras.Model(model.inputs, model.get_layer("hidden").output)
x = np.random.rand(5, 3).astype("float32")
print("sub-model:", tuple(get_hidden(x).shape), "| predict:", get_hidden.predict(x, verbose=0).shape)
# --8<-- [end:sub_model]

# --8<-- [start:ported_loss]
import keras
import numpy as np
from keras import ops


def rmse(y_true, y_pred):  # was K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())
    return ops.sqrt(ops.mean(ops.square(y_pred - y_true), axis=-1) + keras.config.epsilon())


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=rmse)
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:ported_loss]
