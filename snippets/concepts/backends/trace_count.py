# --8<-- [start:count]
import keras
import numpy as np

keras.utils.set_random_seed(0)
x = np.random.rand(32, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def new_model():
    inputs = keras.Input(shape=(3,))
    return keras.Model(inputs, keras.layers.Dense(1)(inputs))


def count_loss_calls(optimizer, build_first=False, batch_size=16, metrics=None):
    calls = []

    def counting_loss(y_true, y_pred):
        calls.append(type(y_pred).__name__)  # runs each time Python executes the loss's body
        return keras.ops.mean(keras.ops.square(y_true - y_pred), axis=-1)

    model = new_model()
    model.compile(optimizer=optimizer, loss=counting_loss, metrics=metrics)
    if build_first:
        optimizer.build(model.trainable_variables)  # create the optimizer's variables now
    before = len(optimizer.variables)
    model.fit(x, y, batch_size=batch_size, epochs=2, verbose=0)
    batches = 2 * len(range(0, len(x), batch_size))
    created = len(optimizer.variables) - before
    return f"{batches} batches, {created} optimizer variables created in fit, loss body ran {len(calls)}x"


print("SGD:               ", count_loss_calls(keras.optimizers.SGD()))
print("SGD(momentum=0.9): ", count_loss_calls(keras.optimizers.SGD(momentum=0.9)))
print("SGD, metrics=mae:  ", count_loss_calls(keras.optimizers.SGD(), metrics=["mae"]))  # metric variables
print("Adam:              ", count_loss_calls(keras.optimizers.Adam()))
print("Adam, built first: ", count_loss_calls(keras.optimizers.Adam(), build_first=True))
print("Adam, batch 12:    ", count_loss_calls(keras.optimizers.Adam(), batch_size=12))  # last batch: 8
# --8<-- [end:count]


# --8<-- [start:count_strategy]
import tensorflow as tf

with tf.distribute.OneDeviceStrategy("/cpu:0").scope():  # model and optimizer created under a strategy
    print("SGD, under a strategy: ", count_loss_calls(keras.optimizers.SGD()))
    print("Adam, under a strategy:", count_loss_calls(keras.optimizers.Adam()))
# --8<-- [end:count_strategy]
