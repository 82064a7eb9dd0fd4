# The three examples of the widely copied answer, as it circulates. Each one fails before it reaches
# the claim it makes: `import keras.backend as K` binds the name `K`, not `keras`. Then the missing
# import added (Keras 3 has no `K.mean`) and the fix with `keras.ops.mean`.

# --8<-- [start:example_1]
import keras.backend as K
import tensorflow as tf


def custom_loss(y_true, y_pred):
    # Claimed: "(y_true - y_pred)**2 returns a KerasTensor the gradient tape can't differentiate"
    squared_difference = (y_true - y_pred) ** 2
    return K.mean(squared_difference, axis=-1)


model = keras.Sequential([keras.layers.Dense(1, input_shape=(3,))])
model.compile(optimizer="adam", loss=custom_loss)
# --8<-- [end:example_1]


# --8<-- [start:example_2]
@tf.function  # Claimed: "forces immediate evaluation, so you get a real Tensor"
def custom_loss(y_true, y_pred):
    return K.mean(tf.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.layers.Dense(1, input_shape=(3,))])
model.compile(optimizer="adam", loss=custom_loss)
# --8<-- [end:example_2]


# --8<-- [start:example_3]
class CustomLoss(keras.losses.Loss):
    # Claimed: "tf.square evaluates eagerly, unlike the ** operator"
    def call(self, y_true, y_pred):
        return K.mean(tf.square(y_true - y_pred), axis=-1)


model = keras.Sequential([keras.layers.Dense(1, input_shape=(3,))])
model.compile(optimizer="adam", loss=CustomLoss())
# --8<-- [end:example_3]

# --8<-- [start:add_import]
import keras  # the import the answer forgot
import numpy as np


def custom_loss(y_true, y_pred):
    squared_difference = (y_true - y_pred) ** 2
    return K.mean(squared_difference, axis=-1)


keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)

model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss=custom_loss)
model.fit(x, y, epochs=3, batch_size=16, verbose=0)
# --8<-- [end:add_import]


# --8<-- [start:keras_ops_mean]
def custom_loss(y_true, y_pred):
    squared_difference = (y_true - y_pred) ** 2
    return keras.ops.mean(squared_difference, axis=-1)


model.compile(optimizer="adam", loss=custom_loss)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:keras_ops_mean]
