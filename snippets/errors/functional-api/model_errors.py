# --8<-- [start:setup]
import keras
import numpy as np
import tensorflow as tf

keras.utils.set_random_seed(0)
x = np.random.rand(64, 3).astype("float32")
y = x.sum(axis=1, keepdims=True)


def report(history, label=None):
    """Print what the test suite checks: the loss is finite and went down."""
    losses = history.history["loss"]
    if label:
        print(label, end=": ")
    print("finite:", bool(np.isfinite(losses).all()), "| decreased:", losses[-1] < losses[0])


# --8<-- [end:setup]


# --8<-- [start:input_tensor_error]
inputs = keras.Input(tensor=tf.constant([[1.0, 2.0, 3.0]]))
# --8<-- [end:input_tensor_error]

# --8<-- [start:input_tensor_fix]
inputs = keras.Input(shape=(3,))  # the values come later, batch by batch
model = keras.Model(inputs, keras.layers.Dense(1)(inputs))
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))

prediction = model(tf.constant([[1.0, 2.0, 3.0]]))  # a tensor with values goes in here
print(type(prediction).__name__, prediction.shape)
# --8<-- [end:input_tensor_fix]


# --8<-- [start:export_error]
import tempfile

export_dir = tempfile.TemporaryDirectory()
model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.export(f"{export_dir.name}/model", input_signature=[np.zeros((1, 3), "float32")])
# --8<-- [end:export_error]

# --8<-- [start:export_fix]
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(x, y, epochs=3, batch_size=16, verbose=0))

signature = [keras.InputSpec(shape=(None, 3), dtype="float32")]  # any batch size, 3 features
model.export(f"{export_dir.name}/model", input_signature=signature, verbose=False)
reloaded = tf.saved_model.load(f"{export_dir.name}/model")
print("served:", reloaded.serve(x[:2]).shape)
export_dir.cleanup()
# --8<-- [end:export_fix]


# --8<-- [start:feature_subclassed_error]
class Student(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.hidden = keras.layers.Dense(4, name="hidden")
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        return self.head(self.hidden(inputs))


teacher = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(4, name="hidden"), keras.layers.Dense(1)]
)
feature_loss = keras.distillation.FeatureDistillation(
    teacher_layer_name="hidden", student_layer_name="hidden"
)
distiller = keras.distillation.Distiller(teacher=teacher, student=Student(), distillation_losses=feature_loss)
# --8<-- [end:feature_subclassed_error]

# --8<-- [start:feature_no_input_error]
student = keras.Sequential([keras.layers.Dense(4, name="hidden"), keras.layers.Dense(1)])
distiller = keras.distillation.Distiller(teacher=teacher, student=student, distillation_losses=feature_loss)
# --8<-- [end:feature_no_input_error]

# --8<-- [start:feature_symbolic_student]
teacher.compile(optimizer="adam", loss="mean_squared_error")
report(teacher.fit(x, y, epochs=3, batch_size=16, verbose=0), label="teacher")

student = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(4, name="hidden"), keras.layers.Dense(1)]
)
distiller = keras.distillation.Distiller(teacher=teacher, student=student, distillation_losses=feature_loss)
distiller.compile(optimizer="adam", loss="mean_squared_error")
report(distiller.fit(x, y, epochs=3, batch_size=16, verbose=0), label="distiller")
# --8<-- [end:feature_symbolic_student]

# --8<-- [start:feature_final_outputs]
distiller = keras.distillation.Distiller(
    teacher=teacher,
    student=Student(),
    distillation_losses=keras.distillation.FeatureDistillation(),  # no layer names
)
distiller.compile(optimizer="adam", loss="mean_squared_error")
report(distiller.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:feature_final_outputs]


# --8<-- [start:extractor_error]
class HiddenMatch(keras.distillation.DistillationLoss):
    """Mean squared difference between the `hidden` activations of teacher and student."""

    teacher_layer_name = "hidden"
    student_layer_name = "hidden"

    def compute_loss(self, teacher_outputs, student_outputs, **kwargs):
        return keras.ops.mean(keras.ops.square(teacher_outputs - student_outputs))


distiller = keras.distillation.Distiller(
    teacher=teacher, student=Student(), distillation_losses=HiddenMatch()
)
# --8<-- [end:extractor_error]

# --8<-- [start:extractor_fix]
student = keras.Sequential(
    [keras.Input(shape=(3,)), keras.layers.Dense(4, name="hidden"), keras.layers.Dense(1)]
)
distiller = keras.distillation.Distiller(teacher=teacher, student=student, distillation_losses=HiddenMatch())
distiller.compile(optimizer="adam", loss="mean_squared_error")
report(distiller.fit(x, y, epochs=3, batch_size=16, verbose=0))
# --8<-- [end:extractor_fix]


# --8<-- [start:adapter_error]
from keras.src.trainers.data_adapters import data_adapter_utils  # internal module

data_adapter_utils.convert_to_tf_tensor_spec(tf.TensorSpec(shape=(None, 3)))
# --8<-- [end:adapter_error]


# --8<-- [start:adapter_fix]
def batches():
    """16 samples at a time, forever: fit reads `steps_per_epoch` batches per epoch."""
    while True:
        for start in range(0, 64, 16):
            yield x[start : start + 16], y[start : start + 16]


model = keras.Sequential([keras.Input(shape=(3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(batches(), steps_per_epoch=4, epochs=3, shuffle=False, verbose=0))

print(data_adapter_utils.convert_to_tf_tensor_spec(keras.KerasTensor(shape=(16, 3))))
# --8<-- [end:adapter_fix]


# --8<-- [start:application_data]
np.set_printoptions(edgeitems=1)  # long arrays in messages print as [[[[0. ... 0.] ...]]]
images = tf.zeros((1, 32, 32, 3))  # a batch of images: data, not a placeholder
model = keras.applications.MobileNetV2(input_shape=(32, 32, 3), input_tensor=images, weights=None)
# --8<-- [end:application_data]

# --8<-- [start:application_fix]
keras.utils.set_random_seed(0)
images = np.random.rand(16, 32, 32, 3).astype("float32")  # the data goes to fit
brightness = images.mean(axis=(1, 2, 3))[:, None]

inputs = keras.Input(shape=(32, 32, 3))  # the placeholder goes to input_tensor
base = keras.applications.MobileNetV3Small(
    input_tensor=inputs, include_top=False, weights=None, pooling="avg", minimalistic=True
)
model = keras.Model(inputs, keras.layers.Dense(1)(base.output))
print("the application is built on inputs:", base.inputs[0] is inputs)
model.compile(optimizer="adam", loss="mean_squared_error")
report(model.fit(images, brightness, epochs=3, batch_size=8, verbose=0))
# --8<-- [end:application_fix]

# --8<-- [start:application_numpy]
images = np.zeros((1, 32, 32, 3), "float32")
model = keras.applications.MobileNetV2(input_tensor=images, weights=None)
# --8<-- [end:application_numpy]

# --8<-- [start:application_is_keras_tensor]
print(keras.backend.is_keras_tensor(images))  # an isinstance check: False, never an error
# --8<-- [end:application_is_keras_tensor]

# --8<-- [start:application_v3]
images = tf.zeros((1, 32, 32, 3))
model = keras.applications.MobileNetV3Small(input_shape=(32, 32, 3), input_tensor=images, weights=None)
# --8<-- [end:application_v3]
