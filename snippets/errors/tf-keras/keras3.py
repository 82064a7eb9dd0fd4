# Keras 3 blocks of docs/errors/tf-keras.md: the same code as errors.py where Keras 3 behaves
# differently. They run in the default interpreter (Keras 3 on TensorFlow), as one script.

# --8<-- [start:setup]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def train(model, loss="mean_squared_error", **compile_kwargs):
    """Fit 3 epochs on the tiny data set; print facts that do not change between runs."""
    model.compile(optimizer="adam", loss=loss, **compile_kwargs)
    history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
    return history


print(keras.Model)
# --8<-- [end:setup]

# --8<-- [start:tf_op_on_input]
inputs = keras.Input(shape=(3,), name="features")
squared = tf.square(inputs)
# --8<-- [end:tf_op_on_input]

# --8<-- [start:closure_loss]
inputs = keras.Input(shape=(3,), name="features")
hidden = keras.layers.Dense(4, activation="relu")(inputs)
outputs = keras.layers.Dense(1)(hidden)
model = keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:closure_loss]


# --8<-- [start:tf_function]
@tf.function
def scale(t):
    return t * 2.0


inputs = keras.Input(shape=(3,), name="features")
scaled = scale(inputs)
# --8<-- [end:tf_function]


# --8<-- [start:truth_value]
def dense_block(h, skip=None):
    h = keras.layers.Dense(3, activation="relu")(h)
    if skip:  # asks a KerasTensor for its truth value
        h = keras.layers.Add()([h, skip])
    return h


inputs = keras.Input(shape=(3,), name="features")
hidden = dense_block(inputs, skip=inputs)
# --8<-- [end:truth_value]

# --8<-- [start:op]
inputs = keras.Input(shape=(3,), name="features")
outputs = keras.layers.Dense(1, name="prediction")(inputs)
model = keras.Model(inputs, outputs)
output_node = model.output.op.name
# --8<-- [end:op]

# --8<-- [start:op_fix]
print(model.output_names)
train(model)
# --8<-- [end:op_fix]

# --8<-- [start:set_shape]
inputs = keras.Input(shape=(3,), name="features")
inputs.set_shape((16, 4))
# --8<-- [end:set_shape]

# --8<-- [start:set_shape_fix]
inputs = keras.Input(shape=(3,), batch_size=16, name="features")
print(inputs.shape)
train(keras.Model(inputs, keras.layers.Dense(1)(inputs)))
# --8<-- [end:set_shape_fix]

# --8<-- [start:is_keras_tensor]
print(keras.backend.is_keras_tensor(x), keras.backend.is_keras_tensor(keras.Input(shape=(3,))))
# --8<-- [end:is_keras_tensor]

# --8<-- [start:add_loss]
inputs = keras.Input(shape=(3,), name="features")
dense = keras.layers.Dense(4, activation="relu")
outputs = keras.layers.Dense(1)(dense(inputs))
model = keras.Model(inputs, outputs)
model.add_loss(lambda: 0.01 * keras.ops.sum(keras.ops.square(dense.kernel)))
# --8<-- [end:add_loss]

# --8<-- [start:add_loss_fix]
inputs = keras.Input(shape=(3,), name="features")
dense = keras.layers.Dense(4, activation="relu", kernel_regularizer=keras.regularizers.L2(0.01))
outputs = keras.layers.Dense(1)(dense(inputs))
train(keras.Model(inputs, outputs))
# --8<-- [end:add_loss_fix]

# --8<-- [start:add_metric]
model.compile(optimizer="adam", loss="mean_squared_error")
model.add_metric(model.optimizer.learning_rate, name="learning_rate")
# --8<-- [end:add_metric]

# --8<-- [start:construct]
inputs = keras.KerasTensor((None, 3))  # Keras 3 builds one from a shape (and a dtype)
print(type(inputs).__name__, inputs.shape, inputs.dtype)
# --8<-- [end:construct]

# --8<-- [start:rnn_mix]
sequences = keras.Input(shape=(5, 2), name="sequences")
context = keras.Input(shape=(3,), name="context")
h0 = keras.layers.Dense(2, name="initial_h")(context)  # a KerasTensor
c0 = tf.zeros((8, 2))  # a tensor with values: zeros for a batch of 8
outputs = keras.layers.LSTM(2)(sequences, initial_state=[h0, c0])
print(type(outputs).__name__, outputs.shape)
# --8<-- [end:rnn_mix]

# --8<-- [start:rnn_mix_fix]
keras.utils.set_random_seed(0)
sequence_data = np.random.rand(64, 5, 2).astype("float32")

sequences = keras.Input(shape=(5, 2), name="sequences")
context = keras.Input(shape=(3,), name="context")
h0 = keras.layers.Dense(2)(context)
c0 = keras.ops.zeros_like(h0)  # zeros as a KerasTensor: one row per sample, for any batch size
outputs = keras.layers.LSTM(2)(sequences, initial_state=[h0, c0])
model = keras.Model([sequences, context], keras.layers.Dense(1)(outputs))

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit([sequence_data, x], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(c0).__name__, c0.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:rnn_mix_fix]

# --8<-- [start:bidirectional_mix]
h0 = keras.layers.Dense(2)(context)  # the forward layer's state, a KerasTensor
backward_h0 = tf.zeros((8, 2))  # the backward layer's state, a tensor with values
outputs = keras.layers.Bidirectional(keras.layers.GRU(2))(sequences, initial_state=[h0, backward_h0])
print(type(outputs).__name__, outputs.shape)
# --8<-- [end:bidirectional_mix]

# --8<-- [start:bidirectional_mix_fix]
h0 = keras.layers.Dense(2)(context)
backward_h0 = keras.ops.zeros_like(h0)  # a KerasTensor too
outputs = keras.layers.Bidirectional(keras.layers.GRU(2))(sequences, initial_state=[h0, backward_h0])
model = keras.Model([sequences, context], keras.layers.Dense(1)(outputs))

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit([sequence_data, x], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:bidirectional_mix_fix]

# --8<-- [start:model_on_data]
features = keras.Input(shape=(3,), name="features")
outputs = keras.layers.Dense(1)(features)
model = keras.Model(inputs=x[:2], outputs=outputs)  # data where the Input belongs
# --8<-- [end:model_on_data]

# --8<-- [start:model_on_data_fix]
features = keras.Input(shape=(3,), name="features")
outputs = keras.layers.Dense(1)(features)
train(keras.Model(inputs=features, outputs=outputs))  # the data goes to fit
# --8<-- [end:model_on_data_fix]
