# tf-keras (Keras 2) blocks of docs/errors/tf-keras.md: they run with TF_USE_LEGACY_KERAS=1, so
# `tf.keras` is tf-keras. Each section is one block of the page, run top to bottom as one script.

# --8<-- [start:setup]
import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def train(model, loss="mean_squared_error", **compile_kwargs):
    """Fit 3 epochs on the tiny data set; print facts that do not change between runs."""
    model.compile(optimizer="adam", loss=loss, **compile_kwargs)
    history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
    losses = history.history["loss"]
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
    return history


print(tf.keras.Model)
# --8<-- [end:setup]

# --8<-- [start:tf_op_on_input]
inputs = tf.keras.Input(shape=(3,), name="features")
squared = tf.square(inputs)  # tf-keras records the TensorFlow op as a layer
outputs = tf.keras.layers.Dense(1)(tf.keras.layers.Concatenate()([inputs, squared]))
model = tf.keras.Model(inputs, outputs)

print(type(squared).__name__)
print([type(layer).__name__ for layer in model.layers])
train(model)
# --8<-- [end:tf_op_on_input]

# --8<-- [start:closure_loss]
inputs = tf.keras.Input(shape=(3,), name="features")
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, outputs)


def loss_with_penalty(y_true, y_pred):
    # `hidden` is the KerasTensor from building the model, not this batch's activations.
    return tf.reduce_mean(tf.square(y_true - y_pred)) + 0.01 * tf.reduce_mean(tf.square(hidden))


print(type(loss_with_penalty(y[:16], y[:16])).__name__)  # the loss value itself is symbolic

model.compile(optimizer="adam", loss=loss_with_penalty)
model.fit(x, y, epochs=1, verbose=0)
# --8<-- [end:closure_loss]


# --8<-- [start:closure_fix]
class ActivationPenalty(tf.keras.layers.Layer):
    """Adds 0.01 * mean(h**2) to the training loss, computed on each batch's real activations."""

    def call(self, h):
        self.add_loss(0.01 * tf.reduce_mean(tf.square(h)))
        return h


inputs = tf.keras.Input(shape=(3,), name="features")
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
hidden = ActivationPenalty()(hidden)
outputs = tf.keras.layers.Dense(1)(hidden)
train(tf.keras.Model(inputs, outputs))
# --8<-- [end:closure_fix]


# --8<-- [start:tf_function]
@tf.function
def scale(t):
    return t * 2.0


inputs = tf.keras.Input(shape=(3,), name="features")
scaled = scale(inputs)
# --8<-- [end:tf_function]


# --8<-- [start:tf_function_fix]
class Scale(tf.keras.layers.Layer):
    def call(self, t):
        return scale(t)  # inside `call`, `t` is a TensorFlow tensor, not a KerasTensor


inputs = tf.keras.Input(shape=(3,), name="features")
outputs = tf.keras.layers.Dense(1)(Scale()(inputs))
train(tf.keras.Model(inputs, outputs))
# --8<-- [end:tf_function_fix]


# --8<-- [start:truth_value]
def dense_block(h, skip=None):
    h = tf.keras.layers.Dense(3, activation="relu")(h)
    if skip:  # asks a KerasTensor for its truth value
        h = tf.keras.layers.Add()([h, skip])
    return h


inputs = tf.keras.Input(shape=(3,), name="features")
hidden = dense_block(inputs, skip=inputs)
# --8<-- [end:truth_value]


# --8<-- [start:truth_value_fix]
def dense_block(h, skip=None):
    h = tf.keras.layers.Dense(3, activation="relu")(h)
    if skip is not None:  # a Python check on the argument, not on the tensor
        h = tf.keras.layers.Add()([h, skip])
    return h


inputs = tf.keras.Input(shape=(3,), name="features")
outputs = tf.keras.layers.Dense(1)(dense_block(inputs, skip=inputs))
train(tf.keras.Model(inputs, outputs))
# --8<-- [end:truth_value_fix]

# --8<-- [start:op]
inputs = tf.keras.Input(shape=(3,), name="features")
outputs = tf.keras.layers.Dense(1, name="prediction")(inputs)
model = tf.keras.Model(inputs, outputs)
output_node = model.output.op.name  # TF1 habit: the graph node's name, e.g. to freeze a graph
# --8<-- [end:op]

# --8<-- [start:op_fix]
print(model.input_names, model.output_names)  # the names of the model's inputs and outputs
train(model)
# --8<-- [end:op_fix]

# --8<-- [start:set_shape]
inputs = tf.keras.Input(shape=(3,), name="features")
inputs.set_shape((16, 4))  # meant: batches of 16; but each sample has 3 features, not 4
# --8<-- [end:set_shape]

# --8<-- [start:set_shape_fix]
inputs = tf.keras.Input(shape=(3,), batch_size=16, name="features")
print(inputs.shape)
train(tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs)))
# --8<-- [end:set_shape_fix]


# --8<-- [start:is_keras_tensor]
def as_input(data_or_input):
    """Return a symbolic input as it is; make one that fits an array of data."""
    if tf.keras.backend.is_keras_tensor(data_or_input):
        return data_or_input
    return tf.keras.Input(shape=data_or_input.shape[1:])


inputs = as_input(x)
# --8<-- [end:is_keras_tensor]


# --8<-- [start:is_keras_tensor_fix]
def as_input(data_or_input):
    """Return a symbolic input as it is; make one that fits an array of data."""
    if tf.is_tensor(data_or_input) and tf.keras.backend.is_keras_tensor(data_or_input):
        return data_or_input
    return tf.keras.Input(shape=data_or_input.shape[1:])


inputs = as_input(x)
print(as_input(inputs) is inputs)
train(tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs)))
# --8<-- [end:is_keras_tensor_fix]

# --8<-- [start:add_loss]
inputs = tf.keras.Input(shape=(3,), name="features")
dense = tf.keras.layers.Dense(4, activation="relu")
outputs = tf.keras.layers.Dense(1)(dense(inputs))
model = tf.keras.Model(inputs, outputs)
model.add_loss(0.01 * tf.reduce_sum(tf.square(dense.kernel)))  # computed once, right now
# --8<-- [end:add_loss]

# --8<-- [start:add_loss_fix]
model.add_loss(lambda: 0.01 * tf.reduce_sum(tf.square(dense.kernel)))  # recomputed at each step
train(model)
# --8<-- [end:add_loss_fix]

# --8<-- [start:add_metric]
inputs = tf.keras.Input(shape=(3,), name="features")
hidden = tf.keras.layers.Dense(4, activation="relu")(inputs)
outputs = tf.keras.layers.Dense(1)(hidden)
model = tf.keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="mean_squared_error")
model.add_metric(model.optimizer.learning_rate, name="learning_rate")
# --8<-- [end:add_metric]

# --8<-- [start:add_metric_fix]
model.add_metric(tf.reduce_mean(hidden), name="mean_activation")  # symbolic: computed per batch


def learning_rate(y_true, y_pred):  # a metric function runs inside each train step
    return model.optimizer.learning_rate


history = train(model, metrics=[learning_rate])
print(sorted(history.history))


# --8<-- [end:add_metric_fix]

# --8<-- [start:graph_add_metric]
with tf.Graph().as_default():  # TF1-style graph mode, for the code inside this block only
    inputs = tf.keras.Input(shape=(3,), name="features")
    model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
    print(type(inputs).__name__, "|", type(model).__mro__[1].__module__)
    model.add_metric(0.001, name="learning_rate")  # a Python number is not a symbolic tensor
# --8<-- [end:graph_add_metric]

# --8<-- [start:graph_add_metric_fix]
with tf.Graph().as_default():
    tf.keras.utils.set_random_seed(0)
    inputs = tf.keras.Input(shape=(3,), name="features")
    outputs = tf.keras.layers.Dense(1)(inputs)
    model = tf.keras.Model(inputs, outputs)
    model.add_metric(tf.reduce_mean(outputs), name="mean_prediction", aggregation="mean")
    model.compile(optimizer="adam", loss="mean_squared_error")
    history = model.fit(x, y, epochs=3, batch_size=16, verbose=0)
    losses = history.history["loss"]
    print(sorted(history.history))
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:graph_add_metric_fix]

# --8<-- [start:spec_no_shape]
dataset = tf.data.Dataset.from_tensor_slices(x).batch(16)
inputs = tf.keras.Input(type_spec=tf.data.DatasetSpec.from_value(dataset))  # the spec of the dataset
# --8<-- [end:spec_no_shape]

# --8<-- [start:spec_no_shape_fix]
print(dataset.element_spec)  # the spec of one element: a batch of features
inputs = tf.keras.Input(type_spec=dataset.element_spec)
train(tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs)))
# --8<-- [end:spec_no_shape_fix]


# --8<-- [start:spec_tuple_shape]
class BoxSpec(tf.TypeSpec):
    """The methods every TypeSpec needs, for values that are tf.Tensor batches of 3 features."""

    value_type = tf.Tensor
    _component_specs = tf.TensorSpec((None, 3))

    def _to_components(self, value):
        return value

    def _from_components(self, components):
        return components

    def _serialize(self):
        return ()


class TupleShapeSpec(BoxSpec):
    shape = (None, 3)  # a tuple, not a tf.TensorShape
    dtype = tf.float32


inputs = tf.keras.Input(type_spec=TupleShapeSpec())
# --8<-- [end:spec_tuple_shape]


# --8<-- [start:spec_no_dtype]
class NoDtypeSpec(BoxSpec):
    shape = tf.TensorShape((None, 3))


inputs = tf.keras.Input(type_spec=NoDtypeSpec())
print(inputs.shape)
print(inputs.dtype)
# --8<-- [end:spec_no_dtype]


# --8<-- [start:spec_name_dtype]
class NameDtypeSpec(BoxSpec):
    shape = tf.TensorShape((None, 3))
    dtype = "float32"  # a string, not a tf.DType


inputs = tf.keras.Input(type_spec=NameDtypeSpec())
print(inputs.dtype)
# --8<-- [end:spec_name_dtype]


# --8<-- [start:user_registered]
class Legacy:
    """A type that is not a tensor, registered to flow through tf-keras layers (a legacy hook)."""


tf.keras.__internal__.utils.register_symbolic_tensor_type(Legacy)


class LegacySpec(BoxSpec):
    value_type = Legacy


inputs = tf.keras.Input(type_spec=LegacySpec())
# --8<-- [end:user_registered]


# --8<-- [start:spec_fix]
class GoodSpec(BoxSpec):
    shape = tf.TensorShape((None, 3))
    dtype = tf.float32


inputs = tf.keras.Input(type_spec=GoodSpec())
print(type(inputs).__name__, inputs.shape, inputs.dtype)
train(tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs)))
# --8<-- [end:spec_fix]

# --8<-- [start:construct]
inputs = tf.keras.__internal__.KerasTensor((None, 3))  # a shape, where tf-keras wants a TypeSpec
# --8<-- [end:construct]

# --8<-- [start:construct_fix]
inputs = tf.keras.Input(shape=(3,))  # the public way to make a symbolic input
print(type(inputs).__name__, inputs.shape, inputs.dtype)
train(tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs)))
# --8<-- [end:construct_fix]

# --8<-- [start:rnn_mix]
sequences = tf.keras.Input(shape=(5, 2), name="sequences")
context = tf.keras.Input(shape=(3,), name="context")
h0 = tf.keras.layers.Dense(2, name="initial_h")(context)  # a KerasTensor
c0 = tf.zeros((8, 2))  # a tensor with values: zeros for a batch of 8
outputs = tf.keras.layers.LSTM(2)(sequences, initial_state=[h0, c0])
# --8<-- [end:rnn_mix]

# --8<-- [start:rnn_mix_fix]
tf.keras.utils.set_random_seed(0)
sequence_data = np.random.rand(64, 5, 2).astype("float32")

sequences = tf.keras.Input(shape=(5, 2), name="sequences")
context = tf.keras.Input(shape=(3,), name="context")
h0 = tf.keras.layers.Dense(2)(context)
c0 = tf.zeros_like(h0)  # zeros as a KerasTensor: one row per sample, for any batch size
outputs = tf.keras.layers.LSTM(2)(sequences, initial_state=[h0, c0])
model = tf.keras.Model([sequences, context], tf.keras.layers.Dense(1)(outputs))

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit([sequence_data, x], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print(type(c0).__name__, c0.shape)
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:rnn_mix_fix]

# --8<-- [start:bidirectional_mix]
h0 = tf.keras.layers.Dense(2)(context)  # the forward layer's state, a KerasTensor
backward_h0 = tf.zeros((8, 2))  # the backward layer's state, a tensor with values
outputs = tf.keras.layers.Bidirectional(tf.keras.layers.GRU(2))(sequences, initial_state=[h0, backward_h0])
# --8<-- [end:bidirectional_mix]

# --8<-- [start:bidirectional_mix_fix]
h0 = tf.keras.layers.Dense(2)(context)
backward_h0 = tf.zeros_like(h0)  # a KerasTensor too
outputs = tf.keras.layers.Bidirectional(tf.keras.layers.GRU(2))(sequences, initial_state=[h0, backward_h0])
model = tf.keras.Model([sequences, context], tf.keras.layers.Dense(1)(outputs))

model.compile(optimizer="adam", loss="mean_squared_error")
losses = model.fit([sequence_data, x], y, epochs=3, batch_size=16, verbose=0).history["loss"]
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:bidirectional_mix_fix]

# --8<-- [start:model_on_data]
features = tf.keras.Input(shape=(3,), name="features")
outputs = tf.keras.layers.Dense(1)(features)
model = tf.keras.Model(inputs=x[:2], outputs=outputs)  # data where the Input belongs
# --8<-- [end:model_on_data]

# --8<-- [start:model_on_data_fix]
features = tf.keras.Input(shape=(3,), name="features")
outputs = tf.keras.layers.Dense(1)(features)
train(tf.keras.Model(inputs=features, outputs=outputs))  # the data goes to fit
# --8<-- [end:model_on_data_fix]

# --8<-- [start:graph_validation_split]
with tf.Graph().as_default():
    tf.keras.utils.set_random_seed(0)
    inputs = tf.keras.Input(shape=(3,), name="features")
    model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
    model.compile(optimizer="adam", loss="mean_squared_error")
    model.fit(tf.constant(x), tf.constant(y), epochs=3, steps_per_epoch=4, validation_split=0.25, verbose=0)
# --8<-- [end:graph_validation_split]

# --8<-- [start:graph_validation_split_fix]
inputs = tf.keras.Input(shape=(3,), name="features")
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error")
history = model.fit(tf.constant(x), tf.constant(y), epochs=3, batch_size=16, validation_split=0.25, verbose=0)
losses = history.history["loss"]
print(sorted(history.history))
print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:graph_validation_split_fix]

# --8<-- [start:graph_numpy]
with tf.Graph().as_default():
    tf.keras.utils.set_random_seed(0)
    inputs = tf.keras.Input(shape=(3,), name="features")
    model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
    model.compile(optimizer="adam", loss="mean_squared_error")
    history = model.fit(x, y, epochs=3, batch_size=16, validation_split=0.25, verbose=0)  # NumPy arrays
    losses = history.history["loss"]
    print(sorted(history.history))
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])
# --8<-- [end:graph_numpy]

# --8<-- [start:disable_eager]
tf.compat.v1.disable_eager_execution()  # process-wide: every later line runs in graph mode

inputs = tf.keras.Input(shape=(3,), name="features")
model = tf.keras.Model(inputs, tf.keras.layers.Dense(1)(inputs))
print(type(inputs).__name__, "|", type(model).__mro__[1].__module__)
model.compile(optimizer="adam", loss="mean_squared_error")
model.fit(tf.constant(x), tf.constant(y), epochs=3, steps_per_epoch=4, validation_split=0.25, verbose=0)
# --8<-- [end:disable_eager]
