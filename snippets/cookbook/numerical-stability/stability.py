# --8<-- [start:crafted]
import keras
import numpy as np
import tensorflow as tf

logits = np.array([[100.0, 0.0, -100.0]], "float32")  # a confident, wrong prediction
labels = np.array([2])  # the true class has logit -100
one_hot = keras.ops.one_hot(labels, 3)


def value_and_gradient(loss_fn):
    z = tf.Variable(logits)
    with tf.GradientTape() as tape:
        loss = loss_fn(one_hot, z)
    return keras.ops.convert_to_numpy(loss), tape.gradient(loss, z).numpy()


# --8<-- [end:crafted]


# --8<-- [start:unstable]
def softmax_then_log(y_true, z):
    probabilities = keras.ops.softmax(z)  # exp(-200) underflows to 0.0 in float32
    return -keras.ops.sum(y_true * keras.ops.log(probabilities), axis=-1)  # 0 * log(0) = nan


loss, gradient = value_and_gradient(softmax_then_log)
print("loss:", loss, "| gradient:", gradient)
print("finite:", bool(np.isfinite(loss).all() and np.isfinite(gradient).all()))
# --8<-- [end:unstable]


# --8<-- [start:stable]
def log_softmax_loss(y_true, z):
    return -keras.ops.sum(y_true * keras.ops.log_softmax(z), axis=-1)  # log-sum-exp inside


def builtin_from_logits(y_true, z):
    return keras.losses.categorical_crossentropy(y_true, z, from_logits=True)


for loss_fn in (log_softmax_loss, builtin_from_logits):
    loss, gradient = value_and_gradient(loss_fn)
    print(f"{loss_fn.__name__}: loss {loss.round(2)} | gradient {gradient.round(2)}")
    print("finite:", bool(np.isfinite(loss).all() and np.isfinite(gradient).all()))
# --8<-- [end:stable]


# --8<-- [start:clipping]
def clipped_log(y_true, z):
    probabilities = keras.ops.clip(keras.ops.softmax(z), keras.config.epsilon(), 1.0)
    return -keras.ops.sum(y_true * keras.ops.log(probabilities), axis=-1)


loss, gradient = value_and_gradient(clipped_log)
print("epsilon:", keras.config.epsilon(), "| -log(epsilon):", round(float(-np.log(1e-7)), 2))
print("clipped: loss", loss.round(2), "| largest gradient:", float(np.abs(gradient).max()))

probabilities = np.asarray(keras.ops.softmax(logits))  # plain probabilities, e.g. from predict()
builtin = keras.losses.categorical_crossentropy(one_hot, probabilities)
print("built-in on probabilities:", keras.ops.convert_to_numpy(builtin).round(2))
# --8<-- [end:clipping]

# --8<-- [start:train]
keras.utils.set_random_seed(0)
x = np.random.rand(64, 4).astype("float32")
y = np.argmax(x[:, :3], axis=1)  # 3 classes

model = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(3)])  # no softmax: logits
model.compile(
    optimizer=keras.optimizers.Adam(learning_rate=0.05),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
losses = history.history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])

probabilities = keras.ops.softmax(model.predict(x[:2], verbose=0))  # probabilities when you need them
print("rows sum to 1:", bool(np.allclose(keras.ops.sum(probabilities, axis=-1), 1.0)))
# --8<-- [end:train]
