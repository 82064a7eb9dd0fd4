# --8<-- [start:names]
import tensorflow as tf

K = tf.keras.backend  # under Keras 3: keras._tf_keras.keras.backend
print(K.__name__)
for name in ["mean", "square", "sum", "sqrt", "shape", "int_shape", "gradients", "function",
             "get_session", "placeholder", "random_normal", "variable", "eval", "get_value",
             "set_value", "learning_phase"]:  # fmt: skip
    try:
        getattr(K, name)
        print(f"K.{name}: present")
    except AttributeError as e:
        print(f"K.{name}: {type(e).__name__}: {e}")
# --8<-- [end:names]

# --8<-- [start:loss_trains]
import keras
import numpy as np
from tensorflow.keras import backend as K  # Keras 3's tf.keras.backend: TensorFlow ops


def rmse(y_true, y_pred):  # the Keras 2 loss, unchanged
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1) + K.epsilon())


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)
model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.05), loss=rmse)
h = model.fit(x, y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(h[-1])), "| decreased:", h[-1] < h[0])
# --8<-- [end:loss_trains]

# --8<-- [start:on_input]
import keras
from tensorflow.keras import backend as K

inputs = keras.Input(shape=(3,))  # a functional model built with K.* math
for name, use in [("K.mean", lambda: K.mean(inputs, axis=-1)), ("K.square", lambda: K.square(inputs))]:
    try:
        use()
    except (AttributeError, ValueError) as e:
        print(f"{name}: {type(e).__name__}: {str(e).splitlines()[0]}")
# --8<-- [end:on_input]

# --8<-- [start:set_value]
import keras
from tensorflow.keras import backend as K

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=keras.optimizers.Adam(learning_rate=0.01), loss="mse")
K.set_value(model.optimizer.learning_rate, 0.001)
# --8<-- [end:set_value]

# --8<-- [start:gradients]
import keras
import numpy as np
from tensorflow.keras import backend as K

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
x = K.constant(np.random.rand(4, 3))
K.gradients(model(x), x)
# --8<-- [end:gradients]
